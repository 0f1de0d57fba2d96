import type { Fee, Procedure } from '../../../shared/procedures/procedure-schema';

/**
 * The fee a resident owes for a procedure, as far as the kiosk can tell. Only fees charged once,
 * with no condition, can be added up here. A fee per copy or per page, or one that applies only in
 * some cases ("if wanted", "late"), depends on the dossier: the office works it out, and the
 * receipt lists its rate instead of claiming there is nothing to pay.
 */
export interface FeeDue {
  /** What everyone pays, once: the sum of the fixed fees. */
  amountVnd: number;
  /** Fees that may be added at the office (per unit or conditional), each costing something. */
  variable: Fee[];
  /** The catalog lists no fee: the amount is not known here, and the office states it. */
  unlisted: boolean;
}

export const isFixedFee = (fee: Fee): boolean => fee.condition === undefined && fee.per === undefined;

export function feeDue(procedure: Procedure): FeeDue {
  return {
    amountVnd: procedure.fees.filter(isFixedFee).reduce((sum, fee) => sum + fee.amountVnd, 0),
    variable: procedure.fees.filter((fee) => !isFixedFee(fee) && fee.amountVnd > 0),
    unlisted: procedure.fees.length === 0,
  };
}
