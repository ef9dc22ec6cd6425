// libpq, PostgreSQL's own C client (Debian's libpq-dev): connections, pipeline mode,
// cancellation.
#include <libpq-fe.h>
