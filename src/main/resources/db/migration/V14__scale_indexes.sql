-- Look-ups that grow with a national campaign (issue 11).

-- a member's votes in a campaign: counted at each vote, listed on the deliberation page
create index vote_campaign_juror on vote (campaign_id, juror);
