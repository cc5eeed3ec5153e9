import type { SameKeys } from './namespace-texts.ts';

/** English texts. Every other language has exactly these keys (`Messages`). */
export const en = {
  app: {
    name: 'DealPOS Companion',
    loading: 'Starting…',
    startFailed: 'The app could not start.',
    retry: 'Try again',
    details: 'Details',
  },
  language: {
    label: 'Language',
    en: 'English',
    id: 'Bahasa Indonesia',
  },
  welcome: {
    title: 'Welcome to DealPOS Companion',
    lead: 'Barcode labels, scanning and customer checks for your DealPOS store.',
    connect: 'Connect to my DealPOS store',
    connectHint: 'Have the store address and the API client ID and secret from your DealPOS admin ready.',
    demo: 'Try the demo',
    demoHint: 'A practice store on this computer with sample goods. Nothing is sent to DealPOS.',
    startingDemo: 'Starting the demo store…',
    'settings-unreadable':
      'The settings saved on this computer could not be read, so the app starts without a connection. Connect again.',
    'saved-connection-unusable':
      'The saved connection could not be used (its store address is not a DealPOS address, or the demo store did not start). Connect again.',
  },
  connect: {
    title: 'Connect to your DealPOS store',
    back: 'Back',
    host: 'Store address',
    hostHint: 'The store name, like acme, or the full address, like https://acme.dealpos.net',
    clientId: 'Client ID',
    clientSecret: 'Client secret',
    secretHint: 'Kept encrypted on this computer and never shown again.',
    secretNotKept:
      'This computer cannot store the secret safely, so you will type it again each time the app starts.',
    test: 'Test connection',
    testing: 'Testing…',
    tested: 'Connected to {{host}}.',
    outletTitle: 'Which outlet does this counter work for?',
    outletHint: 'Choose with the arrow keys, then press Enter.',
    outletCode: 'Code {{code}}',
    noOutlets: 'This DealPOS account has no active outlet. Add one in DealPOS first.',
    save: 'Save and start',
    saving: 'Saving…',
    changeDetails: 'Change details',
    passcode: 'Manager passcode',
    passcodeHint:
      'At least 4 digits or letters. A manager types it to clear a PIN lock, erase an invoice, delete a variant, edit label sizes or change this connection.',
    passcodeRepeat: 'Manager passcode again',
    passcodeTooShort: 'The manager passcode needs at least 4 digits or letters.',
    passcodeMismatch: 'The two manager passcodes are not the same. Type them again.',
  },
  weak: {
    title: 'Keep the client secret without encryption?',
    body: 'This computer has no system keyring (a protected password store), so the client secret can only be hidden in the settings file, not encrypted.',
    risk: 'Anyone who can open the files on this computer could read it. Continue only if everyone who uses this computer is trusted.',
    cancel: 'Cancel',
    confirm: 'Save anyway',
  },
  errors: {
    dealposSays: 'DealPOS says:',
    auth: {
      title: 'DealPOS did not accept this client ID or client secret.',
      hint: 'Check both and type them again. Your DealPOS admin can give you the right ones.',
    },
    forbidden: {
      title: 'This API user is missing a permission.',
      hint: 'Ask your DealPOS admin to add that role to this API user.',
    },
    'outlet-forbidden': {
      title: 'This API user may not use that outlet.',
      hint: 'Ask your DealPOS admin to give this API user access to the outlet, or choose another outlet in Settings.',
    },
    suspended: {
      title: 'This DealPOS account is suspended.',
      hint: 'Ask the store owner to contact DealPOS.',
    },
    network: {
      title: 'Cannot reach DealPOS.',
      hint: 'Check the internet connection of this computer, then try again.',
    },
    timeout: {
      title: 'DealPOS took too long to answer.',
      hint: 'The connection may be slow. Try again in a moment.',
    },
    'rate-limited': {
      title: 'The DealPOS request limit is reached for now.',
      hint: 'DealPOS limits how many requests the whole store makes in a few minutes. Wait a moment, then try again.',
    },
    config: {
      title: 'This store address cannot be used.',
      hint: 'Type the store name (like acme) or its full address on dealpos.net, dealpos.com or dealpos.co.id, like https://acme.dealpos.net.',
    },
    'not-found': {
      title: 'This address does not answer like a DealPOS store.',
      hint: 'Check the store address.',
    },
    server: {
      title: 'DealPOS had a problem answering.',
      hint: 'Try again in a moment.',
    },
    'invalid-response': {
      title: 'DealPOS answered in a way this app does not understand.',
      hint: 'Check the store address. If it is right, tell your admin.',
    },
    'bad-request': {
      title: 'DealPOS did not accept the request.',
      hint: 'Check what you typed, then try again.',
    },
    conflict: {
      title: 'DealPOS refused: the record is not in the right state for that.',
      hint: 'Load it again, then try again.',
    },
    'invalid-input': {
      title: 'Some fields are empty or too long.',
      hint: 'Fill in the store address, the client ID and the client secret.',
    },
    'not-connected': {
      title: 'This counter is not connected to DealPOS.',
      hint: 'Connect to your store or try the demo first.',
    },
    'weak-encryption': {
      title: 'The client secret cannot be encrypted on this computer.',
      hint: 'Confirm to keep it anyway.',
    },
    'untrusted-sender': {
      title: 'The app refused a request that did not come from its own window.',
      hint: 'Close the app and open it again.',
    },
    locked: {
      title: 'Locked for now after too many tries.',
      hint: 'Wait a few minutes, then try again.',
    },
    'approval-required': {
      title: 'A manager must approve this.',
      hint: 'Ask a manager to type the manager passcode. If none is set yet, set one in Settings.',
    },
    'approval-refused': {
      title: 'The manager passcode is wrong.',
      hint: 'Nothing was changed. Ask the manager to type it again.',
    },
    'approval-locked': {
      title: 'The manager passcode is locked after too many wrong tries.',
      hint: 'Nothing was changed. Wait a few minutes, then try again.',
    },
    offline: {
      title: 'This needs DealPOS, and this computer is not connected to the internet.',
      hint: 'Check the internet connection, then try again.',
    },
    internal: {
      title: 'Something went wrong in the app.',
      hint: 'Try again. If it keeps happening, close the app and open it again.',
    },
  },
  frame: {
    sections: 'Sections',
    scan: 'Scan',
    labels: 'Labels',
    customers: 'Customers',
    office: 'Back office',
    settings: 'Settings',
    outlet: 'Outlet',
    noOutlet: 'No outlet chosen',
    online: 'Online',
    offline: 'Offline',
    demoBadge: 'DEMO',
    demoStore: 'Demo store',
  },
  quota: {
    title: 'DealPOS requests',
    left: '{{remaining}} of {{limit}} left',
    nextIn: '1 more in {{time}}',
    full: 'All available',
    blocked: 'Paused by DealPOS: {{time}}',
    queued: '{{count}} waiting',
    lowNote: 'Running low: catalog updates wait, the counter goes first.',
    outNote: 'None left: lookups wait their turn. Scans still work from this PC.',
  },
  settings: {
    title: 'Settings',
    language: 'Language',
    connection: 'DealPOS connection',
    mode: 'Store',
    modeLive: 'My DealPOS store',
    modeDemo: 'Demo store on this computer',
    host: 'Store address',
    clientId: 'Client ID',
    outlet: 'Outlet',
    changeOutlet: 'Change outlet',
    chooseOutletTitle: 'Choose the outlet of this counter',
    loadingOutlets: 'Loading the outlets…',
    useOutlet: 'Use this outlet',
    version: 'App version',
    disconnect: 'Disconnect',
    leaveDemo: 'Leave the demo',
    disconnectTitle: 'Disconnect from DealPOS?',
    disconnectBody:
      'The client ID and client secret are removed from this computer. To connect again you will need to type both again.',
    leaveDemoTitle: 'Leave the demo?',
    leaveDemoBody: 'The demo store is closed. You can try the demo again at any time.',
    cancel: 'Cancel',
  },
};

/** The shape every language fills: the same keys as English, any text. */
export type Messages = SameKeys<typeof en>;
