from glfcheck.cli import run

run()
