// A chart on a 2d canvas: in WeChat a <Canvas type="2d"> whose node comes from a selector query; in
// the browser a plain <canvas> (Taro's H5 canvas component redraws its own canvas and would wipe
// the chart). Redrawn when its data changes.
import { createElement, useEffect, useRef } from 'react';
import Taro from '@tarojs/taro';
import { Canvas, View } from '@tarojs/components';
import { isH5 } from '../../services/platform';
import { drawChart } from './chart-drawing';
import type { ChartDatum, ChartKind, ChartSurface } from './chart-drawing';

const HEIGHT = 180;

async function surfaceOf(id: string): Promise<ChartSurface | null> {
  const pixelRatio = Taro.getSystemInfoSync().pixelRatio || 2;
  if (isH5) {
    const canvas = document.getElementById(id);
    if (!(canvas instanceof HTMLCanvasElement)) return null;
    const width = canvas.parentElement?.clientWidth || canvas.clientWidth || 320;
    canvas.width = width * pixelRatio;
    canvas.height = HEIGHT * pixelRatio;
    canvas.style.width = `${width}px`;
    canvas.style.height = `${HEIGHT}px`;
    const context = canvas.getContext('2d');
    return context ? { context, width, height: HEIGHT, pixelRatio } : null;
  }
  const [found] = await new Promise<Array<{ node?: HTMLCanvasElement; width: number; height: number } | null>>(
    (resolve) => {
      Taro.createSelectorQuery().select(`#${id}`).fields({ node: true, size: true }).exec(resolve);
    },
  );
  if (!found?.node) return null;
  found.node.width = found.width * pixelRatio;
  found.node.height = found.height * pixelRatio;
  const context = found.node.getContext('2d');
  return context ? { context, width: found.width, height: found.height, pixelRatio } : null;
}

export function ChartCanvas({ id, kind, data }: { id: string; kind: ChartKind; data: ChartDatum[] }) {
  const key = JSON.stringify(data);
  const clear = useRef<(() => void) | null>(null);
  useEffect(() => {
    let cancelled = false;
    // the canvas is in the page once this render is committed
    const timer = setTimeout(() => {
      void surfaceOf(id).then(async (surface) => {
        if (!surface || cancelled) return;
        clear.current?.();
        clear.current = await drawChart(surface, kind, data);
      });
    }, 0);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id, kind, key]);
  useEffect(() => () => clear.current?.(), []);
  return (
    <View className="chart">
      {isH5 ? (
        createElement('canvas', { id, className: 'chart__canvas', style: { width: '100%', height: `${HEIGHT}px` } })
      ) : (
        <Canvas
          id={id}
          canvasId={id}
          type="2d"
          className="chart__canvas"
          style={{ width: '100%', height: `${HEIGHT}px` }}
        />
      )}
    </View>
  );
}
