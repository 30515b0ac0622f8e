import { registerEnumType } from 'type-graphql';

/** The sectors of resident units (驻区单位): one enum for every subgraph, and the demo data, that names them. */
export enum UnitSector {
  AGENCY = 'AGENCY',
  PUBLIC_INSTITUTION = 'PUBLIC_INSTITUTION',
  STATE_OWNED_ENTERPRISE = 'STATE_OWNED_ENTERPRISE',
  PRIVATE_ENTERPRISE = 'PRIVATE_ENTERPRISE',
  SCHOOL = 'SCHOOL',
  HOSPITAL = 'HOSPITAL',
  PROPERTY_COMPANY = 'PROPERTY_COMPANY',
  SOCIAL_ORGANISATION = 'SOCIAL_ORGANISATION',
}

registerEnumType(UnitSector, {
  name: 'UnitSector',
  description: '单位类别 (sector of a resident unit).',
  valuesConfig: {
    AGENCY: { description: '机关 (government agency).' },
    PUBLIC_INSTITUTION: { description: '事业单位 (public institution).' },
    STATE_OWNED_ENTERPRISE: { description: '国有企业 (state-owned enterprise).' },
    PRIVATE_ENTERPRISE: { description: '非公企业 (private enterprise).' },
    SCHOOL: { description: '学校 (school).' },
    HOSPITAL: { description: '医院 (hospital).' },
    PROPERTY_COMPANY: { description: '物业企业 (property management company).' },
    SOCIAL_ORGANISATION: { description: '社会组织 (social organisation).' },
  },
});
