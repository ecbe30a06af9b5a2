"""A real MLLP receiver for the hand-off's tests: python-hl7's asyncio server (a library we did
not write), on a thread of its own, answering as it is told."""

from __future__ import annotations

import asyncio
import threading
from dataclasses import dataclass, field
from typing import Literal

import hl7
from hl7.mllp import HL7StreamReader, HL7StreamWriter, start_hl7_server

Behaviour = Literal["AA", "AE", "AR", "silent", "close", "half"]
"""Acknowledge (AA, AE, AR); say nothing; close on the message without a word; or close after
reading only its first bytes."""


@dataclass
class Received:
    text: str
    message: hl7.Message = field(repr=False)

    @property
    def control_id(self) -> str:
        return str(self.message.segment("MSH")[10])


class Hl7Peer:
    def __init__(self) -> None:
        self.behaviour: Behaviour = "AA"
        self.words = ""
        self.delay_s = 0.0
        """How long the receiver takes before it acknowledges."""
        self.received: list[Received] = []
        self.port = 0
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)
        self._server: asyncio.Server | None = None
        self._writers: set[HL7StreamWriter] = set()
        self._thread.start()

    def start(self) -> None:
        """Listen (again, on the same port once it had one)."""

        async def listen() -> asyncio.Server:
            server: asyncio.Server = await start_hl7_server(
                self._client, host="127.0.0.1", port=self.port, encoding="utf-8"
            )
            return server

        self._server = asyncio.run_coroutine_threadsafe(listen(), self._loop).result(10)
        self.port = int(self._server.sockets[0].getsockname()[1])

    def stop_listening(self) -> None:
        server = self._server
        if server is None:
            return

        async def close() -> None:
            server.close()
            for writer in list(self._writers):  # Python 3.11's server leaves them open
                writer.close()
            await server.wait_closed()

        asyncio.run_coroutine_threadsafe(close(), self._loop).result(10)
        self._server = None

    def close(self) -> None:
        self.stop_listening()
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(10)
        self._loop.close()

    def control_ids(self) -> list[str]:
        return [r.control_id for r in self.received]

    async def _client(self, reader: HL7StreamReader, writer: HL7StreamWriter) -> None:
        self._writers.add(writer)
        try:
            while True:
                if self.behaviour == "half":
                    await reader.read(12)
                    writer.close()
                    return
                message = await reader.readmessage()
                self.received.append(Received(str(message), message))
                behaviour = self.behaviour
                if behaviour == "close":
                    writer.close()
                    return
                if behaviour == "silent":
                    continue
                if self.delay_s:
                    await asyncio.sleep(self.delay_s)
                ack = message.create_ack(ack_code=behaviour)
                if self.words:  # MSA-3, the receiver's words, escaped as the standard says
                    ack = hl7.parse(f"{str(ack).rstrip()}|{ack.escape(self.words)}\r")
                writer.writemessage(ack)
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError):
            writer.close()
        finally:
            self._writers.discard(writer)
