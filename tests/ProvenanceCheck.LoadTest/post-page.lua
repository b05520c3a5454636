-- wrk script: every request POSTs the page named by $PAGE as text/html to the URL wrk was given.
local file = assert(io.open(os.getenv("PAGE"), "rb"))
wrk.method = "POST"
wrk.body = file:read("*a")
wrk.headers["Content-Type"] = "text/html"
file:close()
