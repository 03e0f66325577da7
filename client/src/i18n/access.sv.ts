/** Swedish strings for access: the organiser key on the start page and the console's secret links. */
export const accessSv = {
  organiserKeyLabel: 'Arrangörsnyckel',
  organiserKeyHint: 'Servern är delad: bara arrangörer med nyckeln kan skapa lärträffar och lärprojekt.',
  linksHeading: 'Hemliga länkar',
  linksLead:
    'Den som har en länk kommer in i den rollen. Byt en länk som hamnat i fel händer: den gamla slutar fungera direkt.',
  link: {
    facilitator: 'Projektledarens länk (den här konsolen)',
    screen: 'Projektorns länk',
    evaluator: 'Följeforskarens länk',
    supervisor: 'Handledarens länk, {cluster}',
  },
  notShownHere: 'Visas inte på den här enheten.',
  rotate: 'Byt länk',
  revoke: 'Spärra',
  cancel: 'Avbryt',
  confirmRotate: 'Den gamla länken slutar fungera och skärmar som har den öppen kopplas bort. Byta länk?',
  confirmRevoke:
    'Länken slutar fungera och skärmar som har den öppen kopplas bort. Med Byt länk får du en ny senare. Spärra?',
  confirmRotateButton: 'Ja, byt länken',
  confirmRevokeButton: 'Ja, spärra länken',
  newLink: 'Ny länk – den visas bara nu. Spara eller dela den:',
  revoked: 'Länken är spärrad.',
};

export type AccessMessages = {
  [K in keyof typeof accessSv]: (typeof accessSv)[K] extends string
    ? string
    : { [L in keyof (typeof accessSv)[K]]: string };
};
