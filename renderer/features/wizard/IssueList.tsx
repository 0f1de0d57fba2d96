import { useTranslation } from 'react-i18next';
import type { ValidationIssue } from '../../../shared/validation/validation-issue';

/** Validation findings in plain language; errors and warnings look different and both are announced. */
export function IssueList({ id, issues }: { id: string; issues: readonly ValidationIssue[] }) {
  const { t } = useTranslation();
  if (issues.length === 0) return null;
  return (
    <div id={id} role="alert" className="issues">
      {issues.map((issue) => (
        <p key={issue.code} className={issue.severity === 'error' ? 'issue-error' : 'issue-warning'}>
          {/* Keys under validation.* are listed in i18n/dynamic-keys.ts. */}
          {t(`validation.${issue.code}` as 'validation.required', issue.params ?? {})}
        </p>
      ))}
    </div>
  );
}
