/**
 * The fleet as the city's operations desk sees it: every enrolled kiosk (and any
 * that sent a heartbeat), its last-seen age and a red/amber/green light, as JSON
 * (GET /__sandbox/fleet) and as a small self-refreshing HTML page
 * (GET /__sandbox/fleet.html). A sandbox page for developers, not a resident
 * screen: English only, no scripts.
 */
import type { Heartbeat } from '../shared/api/heartbeat';
import { fleetStatus, type FleetLight } from './fleet-status';
import type { HeartbeatStore } from './heartbeat-store';
import type { KioskRegistry } from './kiosk-registry';

export interface FleetKiosk {
  kioskId: string;
  wardCode: string | null;
  appVersion: string | null;
  enrolledAt: string | null;
  liveCredentialId: string | null;
  lastSeenAt: string | null;
  lastSeenAgeSeconds: number | null;
  light: FleetLight;
  reasons: string[];
  heartbeat: Heartbeat | null;
}

export function buildFleet(registry: KioskRegistry, heartbeats: HeartbeatStore, now: number): FleetKiosk[] {
  const latest = heartbeats.latest();
  const enrolled = new Map(registry.kiosks().map((row) => [String(row['kiosk_id']), row]));
  const ids = [...new Set([...enrolled.keys(), ...latest.keys()])].sort();
  return ids.map((kioskId) => {
    const row = enrolled.get(kioskId);
    const beat = latest.get(kioskId);
    const live = registry.credentialsOf(kioskId).filter((c) => c['revoked_at'] === null);
    const status = fleetStatus({
      receivedAt: beat?.receivedAt ?? null,
      heartbeat: beat?.heartbeat ?? null,
      revoked: row !== undefined && live.length === 0,
      now,
    });
    return {
      kioskId,
      wardCode: beat?.heartbeat.wardCode ?? (row ? String(row['ward_code']) : null),
      appVersion: beat?.heartbeat.appVersion ?? (row ? String(row['app_version']) : null),
      enrolledAt: row ? String(row['enrolled_at']) : null,
      liveCredentialId: live.length > 0 ? String(live[live.length - 1]?.['credential_id']) : null,
      lastSeenAt: beat?.receivedAt ?? null,
      lastSeenAgeSeconds: beat ? Math.max(0, Math.round((now - Date.parse(beat.receivedAt)) / 1000)) : null,
      light: status.light,
      reasons: status.reasons,
      heartbeat: beat?.heartbeat ?? null,
    };
  });
}

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

export function formatAge(seconds: number | null): string {
  if (seconds === null) return 'never';
  if (seconds < 90) return `${seconds} s ago`;
  if (seconds < 90 * 60) return `${Math.round(seconds / 60)} min ago`;
  if (seconds < 48 * 3600) return `${Math.round(seconds / 3600)} h ago`;
  return `${Math.round(seconds / 86_400)} days ago`;
}

const COLOURS: Record<FleetLight, string> = { green: '#1b7f3b', amber: '#b86e00', red: '#b3261e' };

export function renderFleetPage(kiosks: readonly FleetKiosk[], generatedAt: string): string {
  const rows = kiosks
    .map((k) => {
      const hb = k.heartbeat;
      const cells = [
        `<span class="light" style="background:${COLOURS[k.light]}">${k.light}</span>`,
        escapeHtml(k.kioskId),
        escapeHtml(k.wardCode ?? '–'),
        escapeHtml(k.appVersion ?? '–'),
        escapeHtml(formatAge(k.lastSeenAgeSeconds)),
        hb ? String(hb.queue.waiting) : '–',
        hb ? escapeHtml(formatAge(hb.queue.oldestWaitingAgeSeconds).replace(' ago', '')) : '–',
        hb ? escapeHtml(hb.credentialStorage) : '–',
        escapeHtml(k.reasons.join(', ') || '–'),
      ];
      return `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;
    })
    .join('\n');
  const headers = [
    'Status',
    'Kiosk',
    'Ward',
    'Version',
    'Last seen',
    'Waiting',
    'Oldest',
    'Credential',
    'Why',
  ];
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="refresh" content="30">
<title>Kiosk fleet (sandbox)</title>
<style>
body{font:16px system-ui,sans-serif;margin:2rem}table{border-collapse:collapse}
th,td{padding:.4rem .8rem;border-bottom:1px solid #ccc;text-align:left}
.light{color:#fff;padding:.1rem .5rem;border-radius:.3rem;font-weight:600}
</style></head><body>
<h1>Kiosk fleet</h1>
<p>${kiosks.length} kiosks · generated ${escapeHtml(generatedAt)} · refreshes every 30 s</p>
<table><thead><tr>${headers.map((h) => `<th scope="col">${h}</th>`).join('')}</tr></thead>
<tbody>
${rows}
</tbody></table></body></html>
`;
}
