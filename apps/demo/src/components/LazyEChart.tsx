import { type ComponentProps, lazy, Suspense } from 'react';

// ECharts is most of the app's weight: it loads with the first chart, not with the page, so the
// home page and the first paint of a measure stay within the first-load budget.
const EChart = lazy(() => import('./EChart').then((m) => ({ default: m.EChart })));

/** {@link EChart}, loaded on first use; the space is held while it loads. */
export function LazyEChart(props: ComponentProps<typeof EChart>) {
  return (
    <Suspense fallback={<div className="chart" style={{ height: props.height }} />}>
      <EChart {...props} />
    </Suspense>
  );
}
