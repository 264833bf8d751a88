-- Version 57: the key check the first start wrote, under the fixture's key (the tests' key, id c0102005), as the
-- tokens of V3 are.
insert into vault_key_check (id, check_value)
    values (1, 'v1.c0102005.8H7kGo2yO8yZRbDkIqmRvwehMGFTe2p4nl9yiwyHcb4m/c10vMtQNKKIztRIAUPS');
