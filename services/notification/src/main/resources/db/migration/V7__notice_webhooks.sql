-- Notices reach each recipient facility's webhook endpoint too: its earliest active subscription with the WEBHOOK
-- channel and a URL, as one more channel of the publication's single INSERT ... SELECT. This index holds only such
-- subscriptions, in the order that picks the endpoint, so a national notice finds them without scanning (or
-- sorting) every subscription.
create index subscription_webhook_endpoint on subscription (facility_code, created_at, id)
    where active and webhook_url is not null and 'WEBHOOK' = any(channels);
