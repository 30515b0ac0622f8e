import { BadUserInputError } from '../../platform/errors/errors';
import { requiredText } from '../../platform/validation/validation';
import { UnitSector } from './public/unit-sector';
import { OrganisationKind } from './public/organisation-kind';
import { CODE_PATTERN } from './organisation.rules';

export function checkCode(value: string, field: string): string {
  const code = requiredText(value, field, 64).toUpperCase();
  if (!CODE_PATTERN.test(code)) throw new BadUserInputError('INVALID_FORMAT', { field, format: 'A-Z, 0-9, "-" and "_"' });
  return code;
}

export function checkName(value: string, field: string): string {
  return requiredText(value, field, 200);
}

/** Units must say their sector; nothing else has one. */
export function checkSector(kind: OrganisationKind, sector: UnitSector | null | undefined, field: string): UnitSector | null {
  if (kind === OrganisationKind.UNIT_PARTY_ORGANISATION) {
    if (!sector) throw new BadUserInputError('REQUIRED_FOR', { field, of: kind });
    return sector;
  }
  if (sector) throw new BadUserInputError('NOT_APPLICABLE', { field, of: kind });
  return null;
}
