"""The yearly cycle of a conference: invitations with replies, forum registration, the
programme booklet and preparing next year's conference from this one."""
