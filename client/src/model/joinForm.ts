/** The join form's rules, apart from its markup so they are tested as plain functions. */
export const OTHER = '__other__';

export interface JoinValues {
  name: string;
  /** A municipality name, or OTHER with `otherMunicipality` filled in. */
  municipality: string;
  otherMunicipality: string;
}

export type JoinErrors = Partial<Record<keyof JoinValues, string>>;

/** Returns catalogue keys per field; empty when the form may be sent. An anonymous meeting asks for no name. */
export function validateJoin(values: JoinValues, anonymous = false): JoinErrors {
  const errors: JoinErrors = {};
  const name = values.name.trim();
  if (anonymous) {
    // No name field to fill in.
  } else if (!name) errors.name = 'validation.nameRequired';
  else if (name.length > 80) errors.name = 'validation.nameTooLong';
  if (!values.municipality.trim()) errors.municipality = 'validation.municipalityRequired';
  else if (values.municipality === OTHER) {
    const other = values.otherMunicipality.trim();
    if (!other) errors.otherMunicipality = 'validation.otherMunicipalityRequired';
    else if (other.length > 80) errors.otherMunicipality = 'validation.nameTooLong';
  }
  return errors;
}

export function chosenMunicipality(values: JoinValues): string {
  return (values.municipality === OTHER ? values.otherMunicipality : values.municipality).trim();
}
