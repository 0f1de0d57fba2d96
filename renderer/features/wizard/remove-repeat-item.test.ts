import { describe, expect, it } from 'vitest';
import type { RepeatedSection } from '../../../shared/procedures/form-steps';
import { removeRepeatItem } from './remove-repeat-item';

const label = { vi: 'Nhãn', en: 'Label' };
const members: RepeatedSection = {
  id: 'tv',
  title: label,
  repeat: { min: 1, max: 5, itemLabel: label },
  questions: [
    { id: 'ho_ten', type: 'personName', required: true, label },
    { id: 'ghi_chu', type: 'text', maxLength: 50, required: false, label },
  ],
};
const three = {
  'tv[]': '3',
  'tv[1].ho_ten': 'An',
  'tv[2].ho_ten': 'Bình',
  'tv[2].ghi_chu': 'con',
  'tv[3].ho_ten': 'Chi',
};

describe('removeRepeatItem', () => {
  it('moves later items up and clears the last one', () => {
    expect(removeRepeatItem(members, three, 1)).toEqual({
      'tv[1].ho_ten': 'Bình',
      'tv[1].ghi_chu': 'con',
      'tv[2].ho_ten': 'Chi',
      'tv[2].ghi_chu': '',
      'tv[3].ho_ten': '',
      'tv[]': '2',
    });
  });

  it('removes the last item by clearing it', () => {
    expect(removeRepeatItem(members, three, 3)).toEqual({ 'tv[3].ho_ten': '', 'tv[]': '2' });
  });

  it('never goes below the minimum, nor removes an item that does not exist', () => {
    expect(removeRepeatItem(members, { 'tv[1].ho_ten': 'An' }, 1)).toEqual({});
    expect(removeRepeatItem(members, three, 4)).toEqual({});
    expect(removeRepeatItem(members, three, 0)).toEqual({});
  });
});
