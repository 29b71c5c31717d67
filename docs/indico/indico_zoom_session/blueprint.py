from indico.core.plugins import IndicoPluginBlueprint

from indico_zoom_session.controllers import RHZoomSessionToken


blueprint = IndicoPluginBlueprint('zoom_session', 'indico_zoom_session')

# POST only: Indico's RH checks X-CSRF-Token on every request that is not a GET.
blueprint.add_url_rule('/event/<int:event_id>/zoom-session/token', 'token', RHZoomSessionToken, methods=('POST',))
