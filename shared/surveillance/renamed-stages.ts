import type { StageId } from '../types/ids';
import type { Stage } from '../types/record';
import { developmentPointId, parseDevelopmentPointId } from '../types/surveillance';

/**
 * The stage with its development points re-pointed after stage ids changed: a point id names
 * the stage that raised it (`"4.3.1@stage-ia-2015"`), so when `ids` maps an old stage id to a new
 * one, every point raised at the old id follows. Points of stages not in `ids` are kept. Pure.
 */
export function withRenamedPoints(stage: Stage, ids: ReadonlyMap<StageId, StageId>): Stage {
  const points = stage.surveillance.developmentPoints.map((p) => {
    const parsed = parseDevelopmentPointId(p.point);
    const to = parsed ? ids.get(parsed.stage) : undefined;
    return parsed && to ? { ...p, point: developmentPointId(parsed.element, to) } : p;
  });
  return { ...stage, surveillance: { ...stage.surveillance, developmentPoints: points } };
}
