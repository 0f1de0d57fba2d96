import type { Procedure } from '../../../shared/procedures/procedure-schema';

/**
 * The fee a resident owes for a procedure, as far as the kiosk can tell: every fee without a
 * condition. Conditions (a late registration, extra copies) are free text in the catalog, so the
 * kiosk cannot decide them; `conditional` says that such fees exist and are settled at the office.
 */
export interface FeeDue {
  amountVnd: number;
  conditional: boolean;
}

export function feeDue(procedure: Procedure): FeeDue {
  const unconditional = procedure.fees.filter((fee) => fee.condition === undefined);
  return {
    amountVnd: unconditional.reduce((sum, fee) => sum + fee.amountVnd, 0),
    conditional: procedure.fees.some((fee) => fee.condition !== undefined && fee.amountVnd > 0),
  };
}
