-- Email submissions. A user may have an address; mail from it counts as their submission.
alter table users add column email varchar(320);
create unique index users_email_unique on users (email);

-- Every message taken from the mailbox, kept whole (raw MIME) before anything else is done with it.
-- message_key is the Message-ID, or a hash of the message when it has none: seen twice, done once.
create table mail_messages (
    message_key  varchar(1000) primary key,
    message_id   varchar(1000),
    sender       varchar(320),
    subject      varchar(1000),
    received_at  timestamp with time zone not null,
    raw          bytea        not null,
    -- processed | rejected | failed; null while its attachments are being stored
    outcome      varchar(16),
    reason       text,
    moved_at     timestamp with time zone,
    reply_queued boolean      default false not null
);

create table mail_message_submissions (
    message_key   varchar(1000) not null references mail_messages (message_key),
    position      integer      not null,
    submission_id varchar(36)  not null references submissions (id),
    constraint mail_message_submissions_pk primary key (message_key, position)
);

-- Replies are composed once, stored, and sent from here; sent_at is set only once the SMTP server
-- has accepted the message, so a restart sends what was not sent and nothing twice.
create table mail_outbox (
    message_key varchar(1000) primary key references mail_messages (message_key),
    recipient   varchar(320) not null,
    raw         bytea        not null,
    queued_at   timestamp with time zone not null,
    sent_at     timestamp with time zone,
    attempts    integer      default 0 not null,
    last_error  text
);

-- One holder at a time for work only one replica may do, such as reading the mailbox.
create table leases (
    name        varchar(100) primary key,
    holder      varchar(200) not null,
    lease_until timestamp with time zone not null
);
