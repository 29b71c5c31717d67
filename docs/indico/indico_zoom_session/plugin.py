from flask import request, session
from wtforms.fields import StringField
from wtforms.validators import DataRequired

from indico.core import signals
from indico.core.plugins import IndicoPlugin, render_plugin_template, url_for_plugin
from indico.modules.events.views import WPConferenceDisplay, WPSimpleEventDisplay
from indico.web.forms.base import IndicoForm
from indico.web.forms.fields import IndicoPasswordField, IndicoRadioField
from indico.web.util import url_for_login

from indico_zoom_session import _
from indico_zoom_session.blueprint import blueprint
from indico_zoom_session.controllers import person_role
from indico_zoom_session.tokens import session_name


class SettingsForm(IndicoForm):
    sdk_key = StringField(_('Video SDK key'), [DataRequired()])
    sdk_secret = IndicoPasswordField(_('Video SDK secret'), [DataRequired()], toggle=True,
                                     description=_('Signs the session tokens. It never leaves the server.'))
    access = IndicoRadioField(_('Who may join'), choices=[('everyone', _('Everyone who can see the event')),
                                                           ('logged_in', _('Logged-in users')),
                                                           ('registered', _('Registered participants')),
                                                           ('no_one', _('No one (event managers only)'))],
                              description=_('Event managers join as hosts whatever this says.'))


class ZoomSessionPlugin(IndicoPlugin):
    """Zoom session

    A Zoom Video SDK session on event pages, with the <zoom-session> element.
    """

    configurable = True
    settings_form = SettingsForm
    default_settings = {'sdk_key': '', 'sdk_secret': '', 'access': 'registered'}

    def init(self):
        super().init()
        self.template_hook('conference-home-info', self._render_session)  # conference pages
        self.template_hook('event-header', self._render_session)  # meeting and lecture pages
        for wp in (WPConferenceDisplay, WPSimpleEventDisplay):
            self.inject_bundle('main.js', wp)
        self.connect(signals.core.get_csp_script_sources, self._get_csp_script_sources)

    def get_blueprints(self):
        return blueprint

    def _get_csp_script_sources(self, sender, **kwargs):
        # Indico's CSP allows scripts from 'self' and its nonce only; the SDK starts its media
        # workers from blob: URLs, and workers fall back to script-src. (With
        # CSP_DIRECTIVES = {"worker-src 'self' blob:"} in indico.conf instead, remove this.)
        yield 'blob:'

    def _render_session(self, event, **kwargs):
        if not self.settings.get('sdk_key'):
            return None
        user = session.user
        role = person_role(event, user)
        if role is None:
            if user is None and self.settings.get('access') in ('logged_in', 'registered'):
                return render_plugin_template('login_to_join.html', login_url=url_for_login(request.relative_url))
            return None
        return render_plugin_template('zoom_session.html',
                                      session_name=session_name(event.id),
                                      user=user,
                                      host=(role == 1),
                                      lang=session.lang.replace('_', '-'),
                                      token_url=url_for_plugin('zoom_session.token', event),
                                      assets_url=url_for_plugin('zoom_session.static', filename='zoom-sdk'))
