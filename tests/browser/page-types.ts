/** One page of each kind the site builds, for the tests that look at every page type. */
export const pageTypes = {
  home: '/',
  brief: '/innovations/nrsp-family-health-insurance/',
  mfi: '/mfis/imon-international/',
  programme: '/programmes/mf4dw/',
  evidence: '/evidence/',
  compare: '/compare/',
  search: '/search/',
  data: '/data/',
  challenges: '/challenges/',
  countries: '/countries/',
  notFound: '/404.html',
} as const;
