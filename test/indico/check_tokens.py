"""Checks the Indico guide's signing code (docs/indico/indico_zoom_session/tokens.py) against the
shared vectors (test/fixtures/indico-vectors.json), then prints the tokens it signs as JSON so the
Node test can check them with the project's inspectToken and a signature check.

Run by test/indico/indico-python.node.test.ts; needs PyJWT (Debian: python3-jwt).
"""

import importlib.util
import json
import sys
from pathlib import Path

root = Path(__file__).resolve().parents[2]
# tokens.py alone: the package's __init__ needs Indico, which is not installed here.
spec = importlib.util.spec_from_file_location('tokens', root / 'docs/indico/indico_zoom_session/tokens.py')
tokens = importlib.util.module_from_spec(spec)
spec.loader.exec_module(tokens)

vectors = json.loads((root / 'test' / 'fixtures' / 'indico-vectors.json').read_text())
failures = []
signed = []

for case in vectors['claims']:
    try:
        claims = tokens.build_claims(case['request'], vectors['sdkKey'], now=vectors['now'])
    except tokens.TokenRequestError as error:
        got = [e['property'] for e in error.errors]
        if got != case.get('errors'):
            failures.append(f"{case['name']}: refused with {got}, expected {case.get('errors') or case['claims']}")
        continue
    if 'errors' in case:
        failures.append(f"{case['name']}: signed {claims}, expected the errors {case['errors']}")
        continue
    if claims != case['claims']:
        failures.append(f"{case['name']}: claims {claims} != {case['claims']}")
    signed.append({'name': case['name'], 'token': tokens.sign(claims, vectors['sdkSecret'])})

for access, table in vectors['access'].items():
    for who, expected in table.items():
        person = vectors['people'][who]
        got = tokens.role_for(access, logged_in=person['loggedIn'], can_access=person['canAccess'],
                              is_manager=person['isManager'], is_registered=person['isRegistered'])
        if got != expected:
            failures.append(f'role_for({access!r}) for {who}: {got}, expected {expected}')

for case in vectors['sessionNames']:
    got = tokens.parse_session_name(case['name'])
    expected = tuple(case['parsed']) if case['parsed'] is not None else None
    if got != expected:
        failures.append(f"parse_session_name({case['name']!r}): {got}, expected {expected}")
    elif got is not None and tokens.session_name(*got) != case['name']:
        failures.append(f"session_name{got} does not give back {case['name']!r}")

try:
    tokens.role_for('anyone', logged_in=True, can_access=True, is_manager=False, is_registered=False)
    failures.append("role_for accepted the unknown access choice 'anyone'")
except ValueError:
    pass

if failures:
    print('\n'.join(failures), file=sys.stderr)
    sys.exit(1)
print(json.dumps({'pyjwt': tokens.jwt.__version__, 'tokens': signed}))
