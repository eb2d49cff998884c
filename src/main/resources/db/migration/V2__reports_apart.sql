-- The report lives apart from its row, as the files do: a row is read by every list, count and
-- claim, and a 100,000-row return's report is tens of megabytes.
create table submission_reports (
    submission_id varchar(36) primary key references submissions (id),
    report_json   text        not null
);

insert into submission_reports (submission_id, report_json)
    select id, report_json from submissions where report_json is not null;

alter table submissions drop column report_json;
