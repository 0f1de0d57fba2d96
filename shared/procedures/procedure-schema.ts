import { z } from 'zod';
import { LocalizedTextSchema, LocaleSchema } from '../i18n/localized-text';
import { ChoiceOptionSchema, FormDefinitionSchema, OPTION_SETS } from './form-schema';

/** The catalog of procedures: what each takes and its form (domain.md §1). */
export const CATEGORY_IDS = [
  'ho_tich',
  'chung_thuc',
  'cu_tru',
  'ho_kinh_doanh',
  'giao_duc',
  'bao_tro_xa_hoi',
  'nguoi_co_cong',
  'xay_dung',
  'dat_dai',
] as const;
export const CategoryIdSchema = z.enum(CATEGORY_IDS);

const IsoDate = z.string().regex(/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/);

/**
 * How far the kiosk takes a procedure.
 * submit: the whole dossier is filed at the kiosk.
 * prepare: the kiosk fills the declaration and queues it, but the resident must finish in person
 *   (signing before an officer, both spouses present); `reason` says what to bring and where.
 * handoff: the kiosk cannot do it; it shows a QR to continue on the resident's phone
 *   (dichvucong.gov.vn / VNeID) and `reason` explains why.
 */
export const KioskModeSchema = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('submit') }),
  z.object({ mode: z.enum(['prepare', 'handoff']), reason: LocalizedTextSchema }),
]);
export type KioskMode = z.infer<typeof KioskModeSchema>;

/** Whether the kiosk asks for a photo of a document. */
export const DOCUMENT_CAPTURE = ['required', 'optional'] as const;
export type DocumentCapture = (typeof DOCUMENT_CAPTURE)[number];

/**
 * What a fee is charged per, when it is not once per application: each copy, each page of the
 * original, each case (signature), each contract or each person on a list. The total then depends on the dossier, so the
 * kiosk shows the rate and the office works out the sum.
 */
export const FEE_UNITS = ['copy', 'page', 'case', 'contract', 'person'] as const;
export type FeeUnit = (typeof FEE_UNITS)[number];

export const FeeSchema = z.object({
  name: LocalizedTextSchema,
  /** The amount once, or per `per`; 0 is free. */
  amountVnd: z.number().int().min(0),
  per: z.enum(FEE_UNITS).optional(),
  /** When it applies ("if wanted", "paper application"); absent = always. */
  condition: LocalizedTextSchema.optional(),
});
export type Fee = z.infer<typeof FeeSchema>;

export const ProcedureSchema = z.object({
  id: z.string().regex(/^[A-Z]{2,4}(?:-[A-Z0-9]{1,6})+$/),
  nationalCode: z
    .string()
    .regex(/^[0-9]\.[0-9]{6}$/)
    .nullable(),
  /** Bumped whenever the form or requirements change; every submission records it. */
  version: z.number().int().positive(),
  validFrom: IsoDate,
  category: CategoryIdSchema,
  lifeEvents: z.array(z.string().regex(/^[a-z_]+$/)).default([]),
  name: LocalizedTextSchema,
  summary: LocalizedTextSchema,
  keywords: z.array(z.string()).default([]),
  handlingOffice: LocalizedTextSchema,
  processingTime: LocalizedTextSchema,
  /** Empty when the amount is not known (the office states it); a free procedure lists a 0 fee. */
  fees: z.array(FeeSchema),
  documents: z.array(
    z.object({
      name: LocalizedTextSchema,
      original: z.number().int().min(0),
      copy: z.number().int().min(0),
      condition: LocalizedTextSchema.optional(),
      /** The kiosk asks the resident to photograph it; omitted = not photographed here (shown at the office). */
      capture: z.enum(DOCUMENT_CAPTURE).optional(),
    }),
  ),
  documentsToPresent: z.array(LocalizedTextSchema),
  legalBasis: z.array(z.string().min(1)).min(1),
  kiosk: KioskModeSchema,
  form: FormDefinitionSchema,
});
export type Procedure = z.infer<typeof ProcedureSchema>;

export const LIFE_EVENT_ICONS = [
  'baby',
  'rings',
  'candle',
  'house',
  'shop',
  'school',
  'document',
  'hands',
  'land',
] as const;
export type LifeEventIcon = (typeof LIFE_EVENT_ICONS)[number];

export const LifeEventSchema = z.object({
  id: z.string().regex(/^[a-z_]+$/),
  name: LocalizedTextSchema,
  /** A pictogram the renderer draws itself (kiosk images may lack emoji fonts). */
  icon: z.enum(LIFE_EVENT_ICONS),
});
export type LifeEvent = z.infer<typeof LifeEventSchema>;

export const CatalogSchema = z.object({
  version: z.string().min(1),
  locales: z.array(LocaleSchema).min(1),
  lifeEvents: z.array(LifeEventSchema),
  optionSets: z.object(
    Object.fromEntries(OPTION_SETS.map((set) => [set, z.array(ChoiceOptionSchema).min(1)])) as Record<
      (typeof OPTION_SETS)[number],
      z.ZodArray<typeof ChoiceOptionSchema>
    >,
  ),
  procedures: z.array(ProcedureSchema).min(1),
});
export type Catalog = z.infer<typeof CatalogSchema>;
