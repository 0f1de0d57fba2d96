/**
 * A validation finding as data: the renderer turns `code` into a translated,
 * plain-language sentence (i18n key `validation.<code>`), filling in `params`.
 * Errors block; warnings are shown but let the resident continue.
 */
export interface ValidationIssue {
  code: string;
  severity: 'error' | 'warning';
  params?: Record<string, string | number>;
}

export const error = (code: string, params?: ValidationIssue['params']): ValidationIssue =>
  params ? { code, severity: 'error', params } : { code, severity: 'error' };

export const warning = (code: string, params?: ValidationIssue['params']): ValidationIssue =>
  params ? { code, severity: 'warning', params } : { code, severity: 'warning' };
