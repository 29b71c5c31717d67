import json

from flask import jsonify, request, session
from flask_pluginengine import current_plugin
from werkzeug.exceptions import Forbidden, RequestEntityTooLarge, ServiceUnavailable

from indico.modules.events.contributions.models.contributions import Contribution
from indico.modules.events.controllers.base import RHProtectedEventBase
from indico.modules.events.registration.models.forms import RegistrationForm
from indico.modules.events.registration.models.registrations import Registration, RegistrationState
from indico.modules.events.sessions.models.blocks import SessionBlock

from indico_zoom_session.tokens import TokenRequestError, build_claims, parse_session_name, role_for, sign


#: The element's request is a few hundred bytes; anything larger is refused before it is read.
MAX_BODY_BYTES = 4096


def is_registered(event, user):
    """A complete registration. Unlike `event.is_user_registered`, an unpaid one does not count."""
    if user is None:
        return False
    return (Registration.query.with_parent(event)
            .join(Registration.registration_form)
            .filter(Registration.user == user,
                    Registration.state == RegistrationState.complete,
                    ~Registration.is_deleted,
                    ~RegistrationForm.is_deleted)
            .has_rows())


def person_role(event, user):
    """The highest role `user` (None: anonymous) may have in the event's sessions, or None."""
    return role_for(current_plugin.settings.get('access'),
                    logged_in=user is not None,
                    can_access=event.can_access(user),
                    is_manager=event.can_manage(user, allow_admin=False),
                    is_registered=is_registered(event, user))


def _belongs_to(event, kind, obj_id):
    if kind is None:
        return True
    if kind == 'contribution':
        contribution = Contribution.get(obj_id)
        return contribution is not None and contribution.event == event and not contribution.is_deleted
    block = SessionBlock.get(obj_id)
    return block is not None and block.event == event and not block.session.is_deleted


def _refuse(status, prop, reason):
    response = jsonify(errors=[{'property': prop, 'reason': reason}])
    response.status_code = status
    return response


class RHZoomSessionToken(RHProtectedEventBase):
    """A Video SDK token for one of this event's sessions, answered as Zoom's auth endpoint sample.

    Before `_process` runs, Indico's RH has checked X-CSRF-Token against the session (400 if it is
    wrong) and `RHProtectedEventBase` has loaded `self.event` and refused (403) anyone who cannot
    access it.
    """

    def _process(self):
        if request.content_length is None or request.content_length > MAX_BODY_BYTES:
            raise RequestEntityTooLarge
        try:
            body = json.loads(request.get_data(cache=False, as_text=True))
        except ValueError:
            return _refuse(400, 'body', 'The request must be JSON.')
        if not isinstance(body, dict):
            return _refuse(400, 'body', 'The request must be a JSON object.')

        parsed = parse_session_name(body.get('sessionName'))
        if parsed is None or parsed[0] != self.event.id or not _belongs_to(self.event, parsed[1], parsed[2]):
            return _refuse(400, 'sessionName', 'This is not a session of this event.')

        user = session.user
        role = person_role(self.event, user)
        if role is None:
            raise Forbidden
        if body.get('role') == 1 and role != 1:
            return _refuse(403, 'role', 'Only the managers of this event can host its sessions.')

        sdk_key = current_plugin.settings.get('sdk_key')
        sdk_secret = current_plugin.settings.get('sdk_secret')
        if not sdk_key or not sdk_secret:
            raise ServiceUnavailable('The Zoom Video SDK key and secret are not configured.')

        token_request = {
            'sessionName': body['sessionName'],
            'role': body.get('role'),
            'expirationSeconds': body.get('expirationSeconds'),
            'videoWebRtcMode': body.get('videoWebRtcMode'),
            'audioWebRtcMode': body.get('audioWebRtcMode'),
            # Indico's user id, never what the body claims; anonymous visitors get none.
            'userIdentity': str(user.id) if user else None,
        }
        try:
            claims = build_claims(token_request, sdk_key)
        except TokenRequestError as exc:
            response = jsonify(errors=exc.errors)
            response.status_code = 400
            return response
        response = jsonify(signature=sign(claims, sdk_secret))
        response.headers['Cache-Control'] = 'no-store'
        return response
