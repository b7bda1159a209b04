/** The same page serves the room's screen with `?view=presenter`. */
export const PRESENTER_VIEW = 'presenter';

/** Whether this page is the presenter view. */
export function isPresenterPage(): boolean {
  return new URLSearchParams(window.location.search).get('view') === PRESENTER_VIEW;
}
