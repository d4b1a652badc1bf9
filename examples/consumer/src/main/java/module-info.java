/** The first program as a module: what the client and the diagnostics need comes with them. */
module com.example.consumer {
  requires dev.wprest.client;
  requires dev.wprest.diagnostics;
}
