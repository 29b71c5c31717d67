"""Video SDK tokens for the zoom_session Indico plugin.

Pure Python with PyJWT only (no Indico import), so this project's CI runs it against the same claim
vectors as the TypeScript signer (test/fixtures/indico-vectors.json). The rules mirror
`buildClaims` and `tokenRequestProblems` of zoom-session-element (src/token/claims.ts).
"""

import re
import time

import jwt

#: Zoom accepts tokens valid for 30 minutes to 48 hours; the element asks for 2 hours by default.
LIFETIME_MIN, LIFETIME_MAX, LIFETIME_DEFAULT = 1800, 172800, 7200
#: `iat` is back-dated so a server clock slightly ahead of Zoom's still works.
IAT_BACKDATE = 30
#: `user_key` and `session_key`: at most 36 characters.
KEY_MAX = 36

#: Who may join as a participant, as vc_zoom lets each room choose who sees its link.
ACCESS_CHOICES = ('everyone', 'logged_in', 'registered', 'no_one')

_SESSION_NAME = re.compile(r'indico-event-([1-9][0-9]{0,17})(?:-(contribution|block)-([1-9][0-9]{0,17}))?')


def session_name(event_id, kind=None, obj_id=None):
    """The Video SDK session name of an event, or of one of its contributions or session blocks.

    Fixed ids, never titles: a renamed event keeps its session. Fits Zoom's `tpc` character set.
    """
    if kind is None:
        return f'indico-event-{int(event_id)}'
    if kind not in ('contribution', 'block'):
        raise ValueError(f'unknown kind {kind!r}')
    return f'indico-event-{int(event_id)}-{kind}-{int(obj_id)}'


def parse_session_name(name):
    """`(event_id, kind, obj_id)` of a name `session_name` makes (`kind` None for the event), else None."""
    match = _SESSION_NAME.fullmatch(name) if isinstance(name, str) else None
    if match is None:
        return None
    event_id, kind, obj_id = match.groups()
    return int(event_id), kind, int(obj_id) if obj_id else None


def role_for(access, *, logged_in, can_access, is_manager, is_registered):
    """The highest role a person may have in an event's session: 1 host, 0 participant, None (no token).

    Hosts are the event's managers, from ``event.can_manage(user, allow_admin=False)``: an Indico
    admin is a host only where they are a manager (of the event or of its category). Participants
    are chosen by `access`: 'everyone' who can see the event (anonymous visitors too),
    'logged_in' users, 'registered' users (a complete registration: see `is_registered` in
    controllers.py), or 'no_one' (managers only).
    """
    if access not in ACCESS_CHOICES:
        raise ValueError(f'unknown access choice {access!r}')
    if not can_access:
        return None
    if logged_in and is_manager:
        return 1
    if access == 'everyone':
        return 0
    if access == 'logged_in' and logged_in:
        return 0
    if access == 'registered' and logged_in and is_registered:
        return 0
    return None


class TokenRequestError(ValueError):
    """A token request breaks a rule; `errors` is Zoom's sample list of {property, reason}."""

    def __init__(self, errors):
        super().__init__(' '.join(e['reason'] for e in errors))
        self.errors = errors


def _is_int(value):
    return isinstance(value, int) and not isinstance(value, bool)


def request_problems(request):
    """The problems of a token request (the element's JSON body), as {property, reason} dicts."""
    errors = []

    def add(prop, reason):
        errors.append({'property': prop, 'reason': reason})

    name = request.get('sessionName')
    if not isinstance(name, str) or not name.strip():
        add('sessionName', 'The session name is required.')
    elif len(name) > 200:
        add('sessionName', 'The session name can have at most 200 characters.')
    role = request.get('role')
    if not _is_int(role) or role not in (0, 1):
        add('role', 'The role must be 0 (participant) or 1 (host).')
    life = request.get('expirationSeconds')
    if life is not None:
        if not _is_int(life):
            add('expirationSeconds', 'The token lifetime must be a whole number of seconds.')
        elif not LIFETIME_MIN <= life <= LIFETIME_MAX:
            add('expirationSeconds', 'The token lifetime must be between 1800 and 172800 seconds.')
    user_key = request.get('userIdentity')
    if user_key is not None:
        if not isinstance(user_key, str):
            add('userIdentity', 'The user identity must be text.')
        elif len(user_key) > KEY_MAX:
            add('userIdentity', f'The user key can have at most {KEY_MAX} characters.')
    for prop in ('videoWebRtcMode', 'audioWebRtcMode'):
        value = request.get(prop)
        if value is not None and (not _is_int(value) or value not in (0, 1)):
            add(prop, f'{prop} must be 0 or 1.')
    return errors


def build_claims(request, sdk_key, now=None):
    """The claims of a Video SDK JWT for a request, as `buildClaims` makes them.

    `request` has the element's field names (sessionName, role, expirationSeconds, userIdentity,
    videoWebRtcMode, audioWebRtcMode). Raises `TokenRequestError` rather than sign a token Zoom
    would refuse.
    """
    if not isinstance(sdk_key, str) or not sdk_key.strip():
        raise ValueError('No Video SDK key is configured.')
    errors = request_problems(request)
    if errors:
        raise TokenRequestError(errors)
    iat = int(time.time() if now is None else now) - IAT_BACKDATE
    claims = {
        'app_key': sdk_key,
        'role_type': request['role'],
        'tpc': request['sessionName'],
        'version': 1,
        'iat': iat,
        'exp': iat + (request.get('expirationSeconds') or LIFETIME_DEFAULT),
        'video_webrtc_mode': 1 if request.get('videoWebRtcMode') is None else request['videoWebRtcMode'],
        'audio_webrtc_mode': 1 if request.get('audioWebRtcMode') is None else request['audioWebRtcMode'],
    }
    if request.get('userIdentity'):
        claims['user_key'] = request['userIdentity']
    return claims


def sign(claims, sdk_secret):
    """An HS256 JWT of the claims, signed with the Video SDK secret (never sent to a browser)."""
    if not isinstance(sdk_secret, str) or not sdk_secret:
        raise ValueError('No Video SDK secret is configured.')
    token = jwt.encode(claims, sdk_secret, algorithm='HS256')
    return token if isinstance(token, str) else token.decode('ascii')
