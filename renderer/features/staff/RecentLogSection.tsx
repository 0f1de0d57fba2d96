import { useTranslation } from 'react-i18next';
import type { RecentLogEntry } from '../../../shared/staff/recent-log-entry';
import { Button } from '../../ui/Button';

/**
 * The newest lines of the main process's structured log: event names and short codes, which is all
 * the log can hold (shared/ipc/log-entry.ts), so no resident's data can appear here.
 */
/** Day, month and time to the second, as Hanoi reads it: log lines come seconds apart. */
const logTime = (iso: string, locale: string) =>
  new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'vi-VN', {
    timeZone: 'Asia/Ho_Chi_Minh',
    day: '2-digit',
    month: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(iso));

export function RecentLogSection({
  entries,
  onReload,
}: {
  /** Newest first; null when the log could not be read. */
  entries: RecentLogEntry[] | null;
  onReload: () => void;
}) {
  const { t, i18n } = useTranslation();
  return (
    <section className="staff-section staff-log" aria-labelledby="staff-log">
      <h2 id="staff-log">{t('staff.log.title')}</h2>
      {entries === null && <p>{t('staff.log.unavailable')}</p>}
      {entries?.length === 0 && <p>{t('staff.log.empty')}</p>}
      {entries && entries.length > 0 && (
        <ol className="staff-log-lines">
          {entries.map((entry, index) => (
            <li key={index} className={`staff-log-${entry.level}`}>
              <time dateTime={entry.time}>{logTime(entry.time, i18n.language)}</time>{' '}
              <code>{entry.event}</code>{' '}
              {entry.data &&
                Object.entries(entry.data)
                  .map(([key, value]) => `${key}=${String(value)}`)
                  .join(' ')}
            </li>
          ))}
        </ol>
      )}
      <Button variant="secondary" onClick={onReload}>
        {t('staff.log.reload')}
      </Button>
    </section>
  );
}
