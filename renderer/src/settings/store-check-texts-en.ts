/** The store check's texts in English. */
export const en = {
  title: 'Store check',
  intro:
    'Checks that this DealPOS account answers each read the app relies on, in a shape the app can read. Run it after connecting a store, or when something does not work.',
  cost: 'The check asks DealPOS {{requests}} times, once per read. They count toward the store’s limit of 50 requests every 3 minutes; cashiers still go first.',
  demo: 'In the demo it checks the practice store on this computer.',
  run: 'Run store check',
  runAgain: 'Run again',
  running: 'Checking… {{done}} of {{total}}',
  asking: 'Asking DealPOS: {{operation}}',
  spent: '{{spent}} of the {{requests}} announced requests spent.',
  summary: '{{use}} ready · {{fallBack}} with a replacement · {{cannot}} cannot work',
  column: {
    read: 'Read',
    answer: 'Answer',
    found: 'What the check found',
    action: 'What the app will do',
  },
  feature: {
    'sign-in': 'Signing in',
    connect: 'Outlet list',
    catalog: 'Offline catalog',
    stock: 'Stock in every outlet',
    lookup: 'Looking up an unknown code',
    customers: 'Customer PIN checks',
    'labels-bills': 'Labels for supplier bills',
    'labels-deliveries': 'Labels for outlet deliveries',
    invoices: 'Invoice details',
  },
  finding: {
    fits: 'Answered in the shape the app reads.',
    'no-such-record':
      'Answered “does not exist” for the check’s made-up number: the read and its permission work.',
    'shape-differs': 'Answered in a shape the app does not read:',
    'refused-role':
      'Refused: this API user lacks a permission. Ask your DealPOS admin to add the role DealPOS names.',
    'refused-outlet': 'Refused for this outlet. Ask your DealPOS admin to give this API user access to it.',
    'refused-request': 'Refused the request.',
    'route-missing': 'This DealPOS does not know this read.',
    'rate-limited': 'The request limit was reached. Run the check again in a few minutes.',
    server: 'DealPOS had a problem answering.',
    'no-answer': 'No answer (network or time-out).',
    auth: 'The client ID or secret was refused.',
    suspended: 'The account is suspended.',
    skipped: 'Not asked: an earlier step failed (see above).',
  },
  shape: {
    rows: '{{count}} rows',
    // i18next picks the _one form for a count of 1.
    rows_one: '{{count}} row',
    fields: '{{count}} fields',
    fields_one: '{{count}} field',
    countUnknown: 'RecordsCount −1 (unknown)',
  },
  verdict: {
    use: 'Uses it',
    'fall-back': 'Uses {{fallback}} instead',
    'cannot-work': '{{feature}} cannot work',
    'not-needed': 'Not needed: products bring the catalog',
    unknown: 'Cannot tell yet: run again later',
  },
  dealposSays: 'DealPOS says:',
  save: 'Save report',
  saved: 'Saved as {{file}} in your downloads.',
  reportHint:
    'The report holds field names and types only: no prices, names, codes, client ID, secret or token. Send it to us when something cannot work.',
};
