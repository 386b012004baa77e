import { defineParams, type ParamsOf } from '@gd-ftz/core';
export const PARAMS = defineParams({
  services: {
    kind: 'integer',
    label: { zh: '服务件数', en: 'Services' },
    help: { zh: '需要调用数据的服务', en: 'Services that need a principal’s data' },
    unit: { zh: '件', en: 'services' },
    default: 1000,
    min: 20,
    max: 100_000,
  },
});
export type DigitalSpaceAuthorizationParams = ParamsOf<typeof PARAMS>;
