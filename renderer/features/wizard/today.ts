import type { CalendarDate } from '../../../shared/validation/dates';

/** Today's calendar date in Hanoi (UTC+7, no DST), whatever the kiosk's OS time zone says. */
export function todayInHanoi(now: Date): CalendarDate {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Ho_Chi_Minh',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(now);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return { year: get('year'), month: get('month'), day: get('day') };
}
