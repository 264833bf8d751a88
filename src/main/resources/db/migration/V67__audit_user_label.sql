-- Who acted, as they were called then (name and e-mail address): a login removed later (its user_id set null) is
-- still told apart from Pulseboard acting, and from a new login of the same name.
alter table audit_event add column user_label varchar(600);
update audit_event set user_label = (select u.name || ' <' || u.email || '>' from app_user u
                                     where u.id = audit_event.user_id)
 where user_id is not null;
