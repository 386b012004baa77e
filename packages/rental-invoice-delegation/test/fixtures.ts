// Shared inputs of the domain tests: two valid resident IDs (GB 11643 check characters) and a request.
import { civilDate } from '@gd-ftz/core';
import { authorisationRequest } from '../src/index';

export const LESSOR = '11010519491231002X';
export const LESSEE = '440106199001011235';
export const request = (term: 'annual' | 'per-invoice', appliedOn = '2024-03-01') =>
  authorisationRequest({
    id: 'AU1',
    term,
    appliedOn: civilDate(appliedOn),
    lessor: { name: '张三', phone: '13800000000', idNumber: LESSOR },
    agent: { name: '李四', phone: '13900000000', idNumber: LESSEE, role: 'lessee' },
    property: { unitNo: '440106001001GB00001F00010001', address: '广州市天河区示例路1号' },
  });

/** A third valid ID: someone else on the lessee's side. */
export const OTHER = '440304198512124569';
