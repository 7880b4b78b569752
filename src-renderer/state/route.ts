import type { OrganisationId, StageId } from '../../shared/types/ids';

/** Where the user is; kept in the URL hash so a reload returns to the same place. */
export type Route =
  | { readonly screen: 'portfolio' }
  | { readonly screen: 'organisation'; readonly organisationId: OrganisationId }
  | {
      readonly screen: 'workbook';
      readonly organisationId: OrganisationId;
      readonly stageId: StageId;
    };

const ID = '([A-Za-z0-9_-]{1,64})';

/** Reads `#/org/<id>` and `#/org/<id>/stage/<id>`; anything else is the portfolio. */
export function parseRoute(hash: string): Route {
  const stage = new RegExp(`^#/org/${ID}/stage/${ID}$`).exec(hash);
  if (stage) {
    return {
      screen: 'workbook',
      organisationId: stage[1] as OrganisationId,
      stageId: stage[2] as StageId,
    };
  }
  const org = new RegExp(`^#/org/${ID}$`).exec(hash);
  if (org) return { screen: 'organisation', organisationId: org[1] as OrganisationId };
  return { screen: 'portfolio' };
}

export function formatRoute(route: Route): string {
  switch (route.screen) {
    case 'portfolio':
      return '#/';
    case 'organisation':
      return `#/org/${route.organisationId}`;
    case 'workbook':
      return `#/org/${route.organisationId}/stage/${route.stageId}`;
  }
}
