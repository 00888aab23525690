#include "acme.h"
