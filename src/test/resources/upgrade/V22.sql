-- Schema 22: the administrator's units and time zone.
insert into user_settings (user_id, mass_unit, temperature_unit, distance_unit, time_zone)
    values (1, 'LB', 'FAHRENHEIT', 'MI', 'America/New_York');
