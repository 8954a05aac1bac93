import socket

import pytest

from conftest import NetworkBlocked


def test_network_is_blocked():
    with pytest.raises(NetworkBlocked):
        socket.create_connection(("example.org", 80), timeout=1)
