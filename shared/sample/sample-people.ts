import type { SampleContent, SampleParticipant } from './sample-types';

/** Halden Industrial Supply: a fictional 600-person distributor of industrial parts, and its invoice pilot. */
export const SAMPLE_ENGAGEMENT: SampleContent['engagement'] = {
  clientName: 'Halden Industrial Supply',
  pilotName: 'Invoice capture assistant',
  pilotDescription:
    'Reads supplier invoices that arrive as PDFs and scans (about 1,200 a day), extracts the header fields and lines with OCR and a hosted large language model, matches them to the purchase order and goods receipt, and prepares them for posting in Dynamics 365 Finance. Piloted for eight weeks by the innovation programme on about 80 invoices a day from the 30 largest suppliers.',
  facilitators: ['Alex Morgan', 'Jo Lindqvist'],
  venue: 'Halden head office, Eindhoven: finance floor, room 2.14',
  weekStart: '2026-03-09',
  dayCount: 5,
  pilot: { accuracyPct: 96.4, pilotVolumePerDay: 80, productionVolumePerDay: 1200, costPerQuery: 0.046, currency: 'EUR' },
};

export const SAMPLE_PARTICIPANTS: SampleParticipant[] = [
  { key: 'margit', name: 'Margit Jansen', title: 'Chief Financial Officer', organisation: 'Halden', function: 'sponsor', daysAttended: [1, 4, 5] },
  { key: 'tom', name: 'Tom Verhoeven', title: 'Head of Accounts Payable', organisation: 'Halden', function: 'business-owner', daysAttended: [1, 2, 3, 4, 5] },
  { key: 'priya', name: 'Priya Raman', title: 'AP team lead', organisation: 'Halden', function: 'operator', daysAttended: [1, 2, 3, 4, 5] },
  { key: 'luuk', name: 'Luuk de Graaf', title: 'AP clerk', organisation: 'Halden', function: 'operator', daysAttended: [1, 3] },
  { key: 'sofia', name: 'Sofia Marchetti', title: 'Procurement manager', organisation: 'Halden', function: 'end-user', daysAttended: [1, 3] },
  { key: 'daniel', name: 'Daniel Okafor', title: 'Data & analytics lead (built the pilot)', organisation: 'Halden', function: 'data-ml', daysAttended: [1, 2, 3, 4, 5] },
  { key: 'henk', name: 'Henk Bos', title: 'ERP architect', organisation: 'Halden IT', function: 'it-integration', daysAttended: [2, 3, 4] },
  { key: 'elif', name: 'Elif Kaya', title: 'Information security officer', organisation: 'Halden IT', function: 'security-compliance', daysAttended: [3] },
  { key: 'ruben', name: 'Ruben Smit', title: 'Financial controller', organisation: 'Halden', function: 'finance', daysAttended: [1, 3, 4, 5] },
  { key: 'nadia', name: 'Nadia El Amrani', title: 'Innovation programme manager', organisation: 'Halden', function: 'product', daysAttended: [1, 2, 3, 4, 5] },
];
