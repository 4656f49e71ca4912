-- 揭榜挂帅: which task a consortium's members are in, and which task a participant confirmed. The lead may change the
-- draft's task; a confirmation given for another task no longer counts and the participant is asked again. The task
-- is also what the participant sees before it confirms.
ALTER TABLE challenge_member ADD COLUMN task_code VARCHAR(50);
ALTER TABLE challenge_member ADD COLUMN task_name VARCHAR(200);
ALTER TABLE challenge_member ADD COLUMN confirmed_task VARCHAR(50);
