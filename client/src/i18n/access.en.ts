import type { AccessMessages } from './access.sv';

export const accessEn: AccessMessages = {
  organiserKeyLabel: 'Organiser key',
  organiserKeyHint: 'This server is shared: only organisers with the key can create meetings and programmes.',
  linksHeading: 'Secret links',
  linksLead:
    'Whoever holds a link gets in in that role. Replace a link that reached the wrong hands: the old one stops working at once.',
  link: {
    facilitator: "Project leader's link (this console)",
    screen: "Projector's link",
    evaluator: "Evaluator's link",
    supervisor: "Supervisor's link, {cluster}",
  },
  notShownHere: 'Not shown on this device.',
  rotate: 'Replace link',
  revoke: 'Revoke',
  cancel: 'Cancel',
  confirmRotate: 'The old link stops working and screens that have it open are disconnected. Replace the link?',
  confirmRevoke:
    'The link stops working and screens that have it open are disconnected. Replace link gives you a new one later. Revoke?',
  confirmRotateButton: 'Yes, replace the link',
  confirmRevokeButton: 'Yes, revoke the link',
  newLink: 'New link – shown only now. Save or share it:',
  revoked: 'The link is revoked.',
};
