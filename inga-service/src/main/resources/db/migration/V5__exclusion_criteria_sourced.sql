-- Exclusion criteria from public reports on the agency's practice (DESIGN.md 1.2 [sourced]); corrected by migration.
insert into exclusion_criterion (code, explanation) values
 ('MEDICAL_REPORT_PENDING', 'A medical report on the customer''s capacity for work is pending (ärztliches Gutachten ausstehend)'),
 ('SGB_II_APPLICATION_FILED', 'The customer has filed an application for SGB II benefits (Antrag auf Bürgergeld gestellt)');
