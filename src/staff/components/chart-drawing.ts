// Draws a chart with F2 (@antv/f2: mobile charts for the mini-program and the browser) into a 2d
// canvas context. F2 builds its chart as a JSX tree; `jsx` is its own createElement, so this file
// needs no JSX setup of its own.
import { Axis, Canvas, Chart, Interval, Line, Point, jsx } from '@antv/f2';

export interface ChartDatum {
  label: string;
  value: number;
}

export interface ChartSurface {
  context: CanvasRenderingContext2D;
  width: number;
  height: number;
  pixelRatio: number;
}

export type ChartKind = 'line' | 'bar';

const GREEN = '#0e9f6e';

/** F2's createElement; its generic component types do not survive being passed around untyped. */
const h = jsx as unknown as (type: unknown, props: object, ...children: unknown[]) => unknown;

/** Draws `data` (already in display units: % or counts) and answers a function that clears it. */
export async function drawChart(surface: ChartSurface, kind: ChartKind, data: ChartDatum[]): Promise<() => void> {
  const marks =
    kind === 'line'
      ? [h(Line, { x: 'label', y: 'value', color: GREEN }), h(Point, { x: 'label', y: 'value', color: GREEN })]
      : [h(Interval, { x: 'label', y: 'value', color: GREEN })];
  const tree = h(
    Canvas,
    { ...surface, animate: false },
    h(
      Chart,
      { data, scale: { value: { min: 0, nice: true } } },
      h(Axis, { field: 'label', style: { label: { fontSize: 10 } } }),
      h(Axis, { field: 'value', style: { label: { fontSize: 10 } } }),
      ...marks,
    ),
  ) as { props: ConstructorParameters<typeof Canvas>[0] };
  const canvas = new Canvas(tree.props);
  await canvas.render();
  return () => canvas.destroy();
}
