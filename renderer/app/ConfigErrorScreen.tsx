import { useTranslation } from 'react-i18next';
import type { ConfigProblem } from '../../shared/config/provisioning-config';

/** Fields whose fix is not obvious from the problem alone get one more sentence. */
const FIELD_HINTS = { enrolmentToken: 'configHint.enrolmentToken' } as const;

/**
 * Full-screen explanation for IT staff when the provisioning file is missing or
 * wrong: which file, which field, what is wrong. Never a blank window.
 */
export function ConfigErrorScreen({ path, problems }: { path: string; problems: ConfigProblem[] }) {
  const { t } = useTranslation();
  return (
    <main className="screen content config-error">
      <h1>{t('configError.title')}</h1>
      <p>{t('configError.lead', { path })}</p>
      <ul>
        {problems.map((p) => (
          <li key={`${p.field}-${p.problem}`}>
            <strong>{p.field}</strong>: {t(`configProblem.${p.problem}` as 'configProblem.invalid')}{' '}
            <code>{p.detail}</code>
            {p.field in FIELD_HINTS && <> {t(FIELD_HINTS[p.field as keyof typeof FIELD_HINTS])}</>}
          </li>
        ))}
      </ul>
      <p>{t('configError.help')}</p>
    </main>
  );
}
