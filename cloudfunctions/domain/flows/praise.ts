// The praise flow (policy 002 §4.6: 属表扬类问题，查证属实，按《员工手册》相关规定执行): the quality
// department verifies it and credits the staff member named, whose record shows it; praise that
// cannot be verified is declined with thanks. Either way it is done: nothing to rate.
import type { FlowTable } from './table';

export const PRAISE_FLOW: FlowTable = {
  submitted: {
    promise: 'verify',
    commands: { credit: 'closed', decline: 'closed', transfer: 'submitted', reply: 'submitted', note: 'submitted' },
  },
  closed: { promise: null, commands: { note: 'closed' } },
};
