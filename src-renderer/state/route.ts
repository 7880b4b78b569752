import type { DocumentId } from '../../shared/evidence/types';
import type { OrganisationId, StageId } from '../../shared/types/ids';

/** Where the user is; kept in the URL hash so a reload returns to the same place. */
export type Route =
  | { readonly screen: 'portfolio' }
  | { readonly screen: 'organisation'; readonly organisationId: OrganisationId }
  | {
      readonly screen: 'workbook';
      readonly organisationId: OrganisationId;
      readonly stageId: StageId;
    }
  /** The surveillance plan of an organisation (`#/org/<id>/plan`). */
  | { readonly screen: 'plan'; readonly organisationId: OrganisationId }
  /** Its development points (`#/org/<id>/points`). */
  | { readonly screen: 'points'; readonly organisationId: OrganisationId }
  /** The on-site plan of a stage (`#/org/<id>/stage/<id>/on-site`). */
  | {
      readonly screen: 'on-site';
      readonly organisationId: OrganisationId;
      readonly stageId: StageId;
    }
  /** The surveillance report of a stage (`#/org/<id>/stage/<id>/report`). */
  | {
      readonly screen: 'report';
      readonly organisationId: OrganisationId;
      readonly stageId: StageId;
    }
  /** The assessment report of a stage (`#/org/<id>/stage/<id>/assessment-report`). */
  | {
      readonly screen: 'assessment-report';
      readonly organisationId: OrganisationId;
      readonly stageId: StageId;
    }
  /** The evidence library (`#/org/<id>/library`), with a document open (`…/library/<id>`). */
  | {
      readonly screen: 'library';
      readonly organisationId: OrganisationId;
      readonly documentId: DocumentId | null;
    };

const ID = '([\\w-]{1,64})';

/**
 * Reads `#/org/<id>`, `#/org/<id>/stage/<id>`, `#/org/<id>/plan`, `#/org/<id>/points`,
 * `#/org/<id>/stage/<id>/on-site`, `#/org/<id>/stage/<id>/report`,
 * `#/org/<id>/stage/<id>/assessment-report` and `#/org/<id>/library[/<id>]`;
 * anything else is the portfolio.
 */
export function parseRoute(hash: string): Route {
  const library = new RegExp(`^#/org/${ID}/library(?:/${ID})?$`).exec(hash);
  if (library) {
    return {
      screen: 'library',
      organisationId: library[1] as OrganisationId,
      documentId: (library[2] ?? null) as DocumentId | null,
    };
  }
  const stagePage = new RegExp(`^#/org/${ID}/stage/${ID}/(on-site|report|assessment-report)$`).exec(
    hash,
  );
  if (stagePage) {
    const page = stagePage[3];
    return {
      screen: page === 'report' || page === 'assessment-report' ? page : 'on-site',
      organisationId: stagePage[1] as OrganisationId,
      stageId: stagePage[2] as StageId,
    };
  }
  const orgPage = new RegExp(`^#/org/${ID}/(plan|points)$`).exec(hash);
  if (orgPage) {
    return {
      screen: orgPage[2] === 'points' ? 'points' : 'plan',
      organisationId: orgPage[1] as OrganisationId,
    };
  }
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
    case 'plan':
    case 'points':
      return `#/org/${route.organisationId}/${route.screen}`;
    case 'on-site':
    case 'report':
    case 'assessment-report':
      return `#/org/${route.organisationId}/stage/${route.stageId}/${route.screen}`;
    case 'library':
      return `#/org/${route.organisationId}/library${route.documentId ? `/${route.documentId}` : ''}`;
  }
}
