import { useTranslation } from '../../i18n/useTranslation';
import '../../i18n/exerciseCatalogue';
import type { ProblemMessage } from '../../model/exerciseDraft';

/** How the exercise form names its fields: a DOM id per field key, and the problem on it once the form was tried. */
export interface DraftFields {
  id(field: string): string;
  problem(field: string): ProblemMessage | undefined;
}

/** A field's id and the attributes that tie it to its hint and problem. `invalid: false` for a group or button, where ARIA does not allow aria-invalid. */
export function fieldAttrs(fields: DraftFields, field: string, opts: { hint?: string; invalid?: false } = {}) {
  const id = fields.id(field);
  const problem = fields.problem(field);
  const describedBy = [opts.hint, problem ? `${id}-problem` : undefined].filter(Boolean).join(' ');
  return {
    id,
    'aria-describedby': describedBy || undefined,
    ...(opts.invalid === false ? {} : { 'aria-invalid': problem ? true : undefined }),
  };
}

/** The problem on a field in words, where its aria-describedby points. */
export function FieldProblem({ fields, field }: { fields: DraftFields; field: string }) {
  const { t } = useTranslation();
  const problem = fields.problem(field);
  if (!problem) return null;
  return (
    <p id={`${fields.id(field)}-problem`} className="error">
      {t(problem)}
    </p>
  );
}
